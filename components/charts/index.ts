export { BarChart } from "./bar-chart";
export { DataTable } from "./data-table";
export { LineChart } from "./line-chart";
export type { ChartPoint } from "./scale";
