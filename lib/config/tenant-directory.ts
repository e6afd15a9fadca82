/** The groups and assignment filters of one tenant that a document names, by id and by display name. */
export interface DirectoryEntry {
  id: string;
  displayName: string | null;
}

export class TenantDirectory {
  private readonly byId = { group: new Map<string, DirectoryEntry>(), filter: new Map<string, DirectoryEntry>() };
  private readonly byName = { group: new Map<string, DirectoryEntry[]>(), filter: new Map<string, DirectoryEntry[]>() };

  constructor(groups: Iterable<DirectoryEntry> = [], filters: Iterable<DirectoryEntry> = []) {
    for (const group of groups) this.add("group", group);
    for (const filter of filters) this.add("filter", filter);
  }

  add(kind: "group" | "filter", entry: DirectoryEntry): void {
    this.byId[kind].set(entry.id.toLowerCase(), entry);
    if (entry.displayName) {
      const key = nameKey(entry.displayName);
      const list = this.byName[kind].get(key) ?? [];
      if (!list.some((e) => e.id.toLowerCase() === entry.id.toLowerCase())) list.push(entry);
      this.byName[kind].set(key, list);
    }
  }

  byIdOf(kind: "group" | "filter", id: string): DirectoryEntry | undefined {
    return this.byId[kind].get(id.toLowerCase());
  }

  /** Matches in this tenant by id first (same tenant), then by display name (another tenant); an ambiguous name matches nothing. */
  resolve(kind: "group" | "filter", id: string | null | undefined, name: string | null | undefined): DirectoryEntry | undefined {
    if (id) {
      const found = this.byIdOf(kind, id);
      if (found) return found;
    }
    if (!name) return undefined;
    const candidates = this.byName[kind].get(nameKey(name)) ?? [];
    return candidates.length === 1 ? candidates[0] : undefined;
  }
}

export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}
