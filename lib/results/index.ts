export * from "./types";
export { computeResults, completion, engagement, invitationUptake, lastMonths, median, medians, monthRows, percent, periodStart } from "./compute";
export { resultsCsv, type CsvLabels } from "./csv";
export * from "./figures";
