import { registerEnumType } from 'type-graphql';
import { Direction, SearchField } from '../domain/graph';
import { EntityType, RelationType } from '../domain/vocabulary';

// The ingest's own vocabulary objects become the GraphQL enums: one spelling for both.
registerEnumType(EntityType, {
  name: 'EntityType',
  description: 'Kinds of entity; each is also an object type implementing `Entity` (switch on `__typename`).',
  valuesConfig: {
    Project: { description: 'A named product or protocol, e.g. a layer 2 network or an AI platform.' },
    Network: { description: 'A blockchain or network, e.g. Ethereum.' },
    Technique: { description: 'A technical method, e.g. validity proofs or federated learning.' },
    Concept: { description: 'An idea or category, e.g. Layer 2 scaling.' },
    Organization: { description: 'A company, body or institution, e.g. the United Nations.' },
    Person: { description: 'A named person, e.g. the author of a proposal.' },
    Regulation: { description: 'A law or rulebook, e.g. GDPR.' },
    Initiative: { description: 'A programme, charter or compact, e.g. an intergovernmental AI pact.' },
    UseCase: { description: 'An application area, e.g. payments.' },
    Challenge: { description: 'A problem the ecosystem faces, e.g. scalability.' },
  },
});

registerEnumType(RelationType, {
  name: 'RelationType',
  description: 'Kinds of relation between entities, as the ingest extracts them.',
  valuesConfig: {
    USES: { description: 'The subject uses the object (a rollup USES validity proofs).' },
    BUILT_ON: { description: 'The subject is built on the object (a layer 2 BUILT_ON its layer 1).' },
    IS_A: { description: 'The subject is a kind of the object.' },
    PART_OF: { description: 'The subject is part of the object.' },
    ENABLES: { description: 'The subject makes the object possible.' },
    ADDRESSES: { description: 'The subject addresses (a challenge) the object.' },
    PROPOSED_BY: { description: 'The subject was proposed by the object.' },
    DEVELOPED_BY: { description: 'The subject was developed by the object.' },
    FORMERLY_KNOWN_AS: { description: 'The subject was formerly known as the object.' },
    ALTERNATIVE_TO: { description: 'The subject is an alternative to the object.' },
    COMBINES: { description: 'The subject combines the object with others.' },
  },
});

registerEnumType(Direction, {
  name: 'Direction',
  description: 'Which way relations are followed, seen from the entity at hand.',
  valuesConfig: {
    OUT: { description: 'From the entity to the other (the entity is the subject).' },
    IN: { description: 'From the other to the entity (the entity is the object).' },
    BOTH: { description: 'Either way.' },
  },
});

registerEnumType(SearchField, {
  name: 'SearchField',
  description: 'Where a search hit matched.',
  valuesConfig: {
    NAME: { description: "The entity's name." },
    ALIAS: { description: 'One of its aliases.' },
    DESCRIPTION: { description: 'Its description.' },
    EVIDENCE: { description: 'An evidence sentence of one of its relations (see `evidence`).' },
  },
});

export { Direction, EntityType, RelationType, SearchField };
