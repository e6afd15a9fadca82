import { GraphError } from "@/lib/graph/graph-error";

export type Entity = Record<string, unknown> & { id: string };

/** Entities of one resource per tenant: with the value limits (lib/graph/value-limits.ts) this bounds a tenant's size. */
export const maxEntitiesPerCollection = 5_000;

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

  /** Refuses, in Graph's words, a create past the quota. */
  add(entity: Entity): void {
    if (this.items.length >= maxEntitiesPerCollection) {
      throw new GraphError(400, `The tenant already holds the most objects of this type the service keeps (${maxEntitiesPerCollection}): delete some before creating more.`, {
        code: "Directory_QuotaExceeded",
      });
    }
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
