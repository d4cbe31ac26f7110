// A workspace file as parsed JSON, before any migration or validation: nothing about it is trusted yet.
export type RawWorkspace = Record<string, unknown> & { schemaVersion: number };

export type Migration = (raw: RawWorkspace) => RawWorkspace;
