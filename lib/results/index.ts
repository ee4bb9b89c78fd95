export * from "./types";
export { computeResults, completion, engagement, lastMonths, median, medians, monthRows, percent } from "./compute";
export { resultsCsv, type CsvLabels } from "./csv";
export * from "./figures";
