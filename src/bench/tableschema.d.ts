/** The slice of Frictionless's `tableschema` (no bundled types) that the benchmark uses. */
declare module "tableschema" {
  export interface FieldDescriptor {
    name: string;
    type: string;
    format?: string;
    constraints?: { required?: boolean };
  }
  export interface SchemaDescriptor {
    fields: FieldDescriptor[];
  }
  export class Table {
    static load(
      source: unknown[][],
      options: { schema: SchemaDescriptor; headers?: number }
    ): Promise<Table>;
    /** With forceCast a row that fails to cast comes back as an Error with `errors`, not a throw. */
    read(options: { forceCast?: boolean; keyed?: boolean }): Promise<unknown[]>;
  }
}
