/** True while a process with this pid exists (the launcher's own check). */
export { isAlive } from '../../src/db/local/run-file';
