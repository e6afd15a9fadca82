export type Entity = Record<string, unknown> & { id: string };

/** A tenant's entities of one resource: a Map for lookups and an array for a stable listing order. */
export class EntityCollection {
  readonly items: Entity[];
  private readonly byId = new Map<string, Entity>();

  constructor(items: Entity[]) {
    this.items = items;
    for (const item of items) this.byId.set(item.id.toLowerCase(), item);
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id.toLowerCase());
  }

  add(entity: Entity): void {
    this.items.push(entity);
    this.byId.set(entity.id.toLowerCase(), entity);
  }

  remove(id: string): boolean {
    const entity = this.get(id);
    if (!entity) return false;
    this.byId.delete(id.toLowerCase());
    this.items.splice(this.items.indexOf(entity), 1);
    return true;
  }
}
