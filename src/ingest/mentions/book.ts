import { ontologyIndex } from "../../model/ontology-index";
import type { Gazetteer, GazetteerActor } from "../gazetteer";

/** The actors a text's mentions may stand for: the gazetteer's, and those proposed while reading. */
export class ActorBook {
  readonly proposals = new Map<string, GazetteerActor>();
  /** Names learnt while reading (proposals, acronyms defined in brackets) -> actor id, case-sensitive. */
  readonly learnt = new Map<string, string>();

  /** Proposals the text later showed to be another actor's name (an acronym defined late) -> that actor. */
  private readonly merged = new Map<string, string>();

  constructor(readonly gazetteer: Gazetteer) {}

  /** The actor an id stands for once the text's own name definitions are applied. */
  canonical(id: string): string {
    let current = id;
    for (let next = this.merged.get(current); next !== undefined; next = this.merged.get(current))
      current = next;
    return current;
  }

  /** A proposal turns out to name `into`: both ids are one actor from now on. */
  merge(proposal: string, into: string): void {
    const target = this.canonical(into);
    if (target !== proposal) this.merged.set(proposal, target);
    for (const [name, id] of this.learnt) if (id === proposal) this.learnt.set(name, target);
  }

  actor(id: string): GazetteerActor | undefined {
    return this.gazetteer.actors.get(id) ?? this.proposals.get(id);
  }

  kindOf(id: string): string | undefined {
    return this.actor(id)?.kind;
  }

  isPlace(id: string): boolean {
    const kind = this.kindOf(id);
    return kind !== undefined && ontologyIndex(this.gazetteer.ontology).isPlaceKind(kind);
  }
}
