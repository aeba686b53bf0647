/** What a re-seed changed (or, with dryRun, would change). Shared by the CLI and the `reseed` mutation. */
export interface ReseedReport {
  dryRun: boolean;
  articles: {
    new: string[];
    changed: string[];
    unchanged: string[];
    removed: string[];
    /** Files that could not be read or analysed; they are skipped and the graph keeps their old state. */
    failed: { path: string; reason: string }[];
  };
  entitiesAdded: number;
  entitiesRemoved: number;
  relationsAdded: number;
  relationsRemoved: number;
  evidenceAdded: number;
  evidenceRemoved: number;
  /** Data problems found on the way (ambiguous names, skipped sentences…). */
  issues: { stage: string; articleId: string; message: string }[];
  durationMs: number;
}

export interface ReseedOptions {
  dryRun?: boolean;
  /** Re-extract every article even when its hash is unchanged. */
  full?: boolean;
}

/** Runs the incremental ingest of the configured articles folder. */
export type Reseed = (options: ReseedOptions) => Promise<ReseedReport>;
