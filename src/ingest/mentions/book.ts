import { ontologyIndex } from "../../model/ontology-index";
import type { Gazetteer, GazetteerActor } from "../gazetteer";

/** The actors a text's mentions may stand for: the gazetteer's, and those proposed while reading. */
export class ActorBook {
  readonly proposals = new Map<string, GazetteerActor>();
  /** Names learnt while reading (proposals, acronyms defined in brackets) -> actor id, case-sensitive. */
  readonly learnt = new Map<string, string>();

  constructor(readonly gazetteer: Gazetteer) {}

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
