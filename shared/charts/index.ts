export { indicatorChart, type IndicatorBar, type IndicatorChartInput } from './indicatorChart';
export { contributionChart, type ContributionChartInput, type ContributionRow } from './contributionChart';
export { trendChart, type TrendChartInput, type TrendPoint } from './trendChart';
export { progressChart, PROGRESS_COLOURS, PROGRESS_SEGMENTS, type ProgressChartInput, type ProgressRow, type ProgressSegment } from './progressChart';
export { CHART_FONT, escapeXml, textWidth, type Chart, type NumberFormat } from './svg';
