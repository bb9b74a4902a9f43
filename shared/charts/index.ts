export { indicatorChart, type IndicatorBar, type IndicatorChartInput } from './indicatorChart';
export { contributionChart, type ContributionChartInput, type ContributionRow } from './contributionChart';
export { trendChart, type TrendChartInput, type TrendPoint } from './trendChart';
export { CHART_FONT, escapeXml, textWidth, type Chart, type NumberFormat } from './svg';
