/** Word lists the relation patterns share: verb forms, nouns and directions. */

export const GIVE =
  "provided|provides|providing|provide|sent|sends|sending|send|delivered|delivers|delivering|deliver|shipped|ships|shipping|gave|gives|giving|give|offered|offers|pledged|pledges|transferred|funnell?ed|channell?ed|smuggled|smuggles|flew|supplied|supplies|supplying|lent|extended";
export const FIGHT =
  "face|faces|facing|faced|fought|fights|fight|fighting|battled|battles|battle|battling|clashed with|clashes with|clash with|clashing with|at war with|waged war on|waged war against|wages war on|waging war on|went to war with|resisted|resists|resisting|confronted|confronts|confronting|engaged";
export const ATTACK =
  "laid siege to|lay siege to|lays siege to|laying siege to|storm|shell|pound|raid|bombard|besiege|invade|ambush|pressing on|pressed on|presses on|closing in on|closed in on|closes in on|bearing down on|bore down on|attacked|attacks|attack|attacking|bombarded|bombards|bombarding|struck|strikes|striking|bombed|bombs|bombing|bomb|shelled|shells|shelling|targeted|targets|targeting|target|raided|raids|raiding|hit|hits|hitting|pounded|pounds|pounding|assaulted|assaults|stormed|storms|storming|ambushed|ambushes|besieged|besieges|invaded|invades|invading|launched (?:an? |new |fresh |its |their )?(?:[a-z]+ )?(?:attacks?|offensive|assault|strikes?|airstrikes?|air strikes|raids?|counter-offensive|counteroffensive) (?:on|against|targeting|into)";
export const ATTACK_NOUN =
  "airstrikes|air strikes|air strike|airstrike|strikes|strike|attacks|attack|offensive|assault|bombardment|bombing|bombings|shelling|raids|raid|drone strikes|missile strikes|incursion|invasion|counter-offensive|counteroffensive|onslaught";
export const CAPTURE =
  "captured|captures|capturing|capture|seized|seizes|seizing|seize|took control of|takes control of|taking control of|take control of|took over|takes over|taking over|taken over|taken control of|took|takes|taking|taken|retaken|overran|overrun|overruns|conquered|conquers|conquer|retook|retakes|retaking|retake|recaptured|recaptures|recapturing|recapture|controls|controlled|control|controlling|holds|held|hold|holding|occupied|occupies|occupy|occupying|liberated|liberates|liberating|gained control of|seized control of|wrested control of|wrested|secured|secures|securing|regained|regains|regaining|regained control of|won control of|run|runs|ran|governs|governed|administers|administered|ruled|rules|ruling";
export const CAPTURE_NOUN = "capture|seizure|takeover|conquest|liberation|recapture|fall|occupation";
export const EXPEL =
  "drove|drive|drives|driving|pushed|push|pushes|pushing|forced|force|forces|forcing|expelled|expel|expels|expelling|ousted|oust|ousts|ousting|chased|chase|evicted|kicked|cleared|clear|routed|rout|dislodged|dislodge|flushed";
export const DESIGNATE =
  "considered|designated|listed|classified|regarded|deemed|labell?ed|branded|recognized|recognised|blacklisted|proscribed|named|viewed|seen";
export const DESIGNATE_ACTIVE =
  "considers|considered|consider|designated|designates|designate|lists|listed|list|classifies|classified|classify|regards|regarded|regard|labels|labell?ed|label|brands|branded|brand|blacklisted|blacklists|proscribed|proscribes|deems|deemed|deem|views|viewed|sees|saw|calls|called|has designated|still considers";
export const TERROR = "(?:[a-z-]+ ){0,2}?(?:terrorist|terror)(?: [a-z]+)?";
export const DIRECTIONS =
  "(?:(?:north|south|east|west|northern|southern|eastern|western|central|north-western|north-eastern|south-western|south-eastern|northwest|northeast|southwest|southeast|northwestern|northeastern|southwestern|southeastern|north-west|north-east|south-west|south-east|coastal|rural) )?";

/** Plural nouns for an actor's armed presence: "Turkish troops", "Russia's bases", "HTS fighters". */
export const PRESENCE_NOUNS =
  "forces|troops|soldiers|fighters|militiamen|militants|bases?|air base|naval base|garrisons?|units|advisers|advisors|personnel|contingents?|positions|outposts|checkpoints|patrols|convoys|reinforcements";
/** Verbs that make "X told fighters in P" about someone else's fighters. */
export const SPEECH_OR_AUX =
  "(?:told|tells|said|says|sent|sends|ordered|orders|urged|urges|asked|asks|called|calls|warned|warns|has|have|had|is|are|was|were|praised|thanked|blamed|accused)";
/** "lost control of", "ceded control of": control that ends. */
export const LOSS =
  /\b(?:lost|lose|loses|losing|ceded|cede|cedes|ceding|relinquished|relinquish|surrendered|gave up|give up)\b/;
/** Leaving a place is not being in it. */
export const DEPARTURE =
  /\b(?:withdr[a-z]*|pull(?:ed|ing|s)? (?:out|back)|pulled|left|leav[a-z]*|fled|flee[a-z]*|evacuat[a-z]*|retreat[a-z]*|abandon[a-z]*|expelled|driven|ousted|lost|from)\b/;
/** What an attack hits that belongs to the target: "struck HTS positions", "bombing Iranian weapons routes". */
export const TARGET_ASSETS =
  "positions|bases|base|depots|depot|targets|convoys?|headquarters|facilities|sites|posts|outposts|warehouses|checkpoints|barracks|strongholds|fighters|troops|forces|commanders|routes|supply lines|supply routes|weapons|arms|shipments|militants|units|camps?|officials|leaders|leadership|planes|jets|drones|vehicles|tanks|ammunition|infrastructure|assets";
