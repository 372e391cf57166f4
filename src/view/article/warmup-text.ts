/**
 * A short made-up article the worker reads once while it warms up, so the extractor's code is
 * compiled before the user's first article arrives. It is never shown or kept. Its sentences use
 * the common news forms (active and passive voice, "X-backed", "with the support of", captures,
 * control, denials, hedges, attribution, coordination) so that most of the extractor runs; the
 * names are generic, so it reads the same against any dataset. It has curly quotes and a dash on
 * purpose: V8 compiles each regular expression apart for text beyond Latin-1, as most news is.
 */
export const WARMUP_ARTICLE = [
  "Rebels take the northern city after a week of fighting",
  "Rebel forces captured the city of Northfield on Tuesday, the army announced, after government troops withdrew to the south.",
  "The Northern Liberation Front, formerly known as the Northern Brigade, led the offensive with the support of local militias.",
  "Russian jets reportedly struck rebel positions near the airport, according to Reuters.",
  "The foreign ministry denied backing the Free Valley Army and said it did not send weapons.",
  "Iran and Russia support the government, while the Turkish-backed National Army fought Kurdish-led forces in the east.",
  "Moscow condemned the attack – “a crime”, it said. The town’s council has been under government control since 2016.",
  "Hundreds of fighters were killed by air strikes, officials said; the group is considered a terrorist organization by the United States, Turkey and the European Union.",
].join("\n");
