import { ANALYSES, type Analysis, READY, sizeByName, timeAnalysis } from "./node-bench";

/** Child process of the Node benchmark: times one analysis at one size, prints the timing as JSON. */
const [sizeName, analysis] = process.argv.slice(2);
if (sizeName === undefined || !ANALYSES.includes(analysis as Analysis)) {
  console.error(`usage: analysis-child.ts <size> <${ANALYSES.join("|")}>`);
  process.exit(2);
}
timeAnalysis(sizeByName(sizeName), analysis as Analysis, () => console.log(READY))
  .then((outcome) => console.log(JSON.stringify(outcome)))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
