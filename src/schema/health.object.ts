import { Field, ObjectType } from 'type-graphql';

@ObjectType('DatabaseInfo', { description: 'The graph database the API reads from.' })
export class DatabaseInfoObject {
  @Field({ description: 'Product name, e.g. "Neo4j Kernel".' })
  name!: string;

  @Field({ description: 'Server version, e.g. "5.26.29".' })
  version!: string;

  @Field({ description: '"community" or "enterprise".' })
  edition!: string;
}

@ObjectType('Health', { description: 'Whether the API and its database are up.' })
export class HealthObject {
  @Field({ description: '"ok" when the database answered.' })
  status!: string;

  @Field({ description: 'Version of this API.' })
  apiVersion!: string;

  @Field(() => DatabaseInfoObject, { description: 'The database, as it describes itself.' })
  database!: DatabaseInfoObject;
}
