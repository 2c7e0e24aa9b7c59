import { describe, expect, it } from 'vitest';
import { chartFacts, chartSentence, describeChart } from './chart-description.js';

// What the emulator's analyst writes for "monthly revenue growth as a line chart" (apps/emulator trend recipe).
const trendCode = [
  'import matplotlib.pyplot as plt',
  'table.to_csv("/mnt/data/monthly_revenue.csv", index=False)',
  'fig, (top, bottom) = plt.subplots(2, 1, figsize=(10, 7), sharex=True, gridspec_kw={"height_ratios": [3, 2]})',
  'width = 20  # bar width in days',
  'top.plot(series.index, series.values, marker="o", label="Total revenue")',
  'span = period_label(series.index[0], "monthly") + " to " + period_label(series.index[-1], "monthly")',
  'top.set_title("Revenue per month, " + span)',
  'top.set_ylabel("revenue")',
  'top.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)  # beside the plot, clear of the data',
  'bottom.plot(growth.index, growth.values, marker="o", label="Change vs previous month (%)", color="tab:orange")',
  'bottom.axhline(0, color="grey", linewidth=0.8)',
  'bottom.set_ylabel("Change (%)")',
  'bottom.set_xlabel("Month")',
  'fig.savefig("/mnt/data/monthly_revenue.png", dpi=120)',
  'fig.savefig("/mnt/data/monthly_revenue.svg")',
  'plt.close(fig)',
].join('\n');

// The analyst's forecast recipe: a title built from literals and numbers.
const forecastCode = [
  'fig, ax = plt.subplots(figsize=(10, 5))',
  'ax.plot(series.index, series.values, marker="o", label="History" + (" (synthetic)" if synthetic else ""))',
  'ax.plot(frame.index, frame["mean"], marker="o", linestyle="--", color="tab:orange", label=f"Forecast ({model_name})")',
  'ax.fill_between(frame.index, frame["mean_ci_lower"], frame["mean_ci_upper"], color="tab:orange", alpha=0.2, label="95% confidence interval")',
  'ax.set_title(("Synthetic " if synthetic else "") + "Revenue: " + str(len(series)) + " months of history and a forecast of the next " + str(horizon) + " months")',
  'ax.set_xlabel("Month")',
  'ax.set_ylabel("revenue")',
  'fig.savefig("/mnt/data/revenue_forecast.png", dpi=120)',
].join('\n');

describe('chartFacts', () => {
  it('reads the analyst trend chart: title without the computed span, both y-axes, the series, the kind', () => {
    expect(chartFacts(trendCode, 'monthly_revenue.png')).toEqual({
      kinds: ['line'],
      titles: ['Revenue per month'],
      xLabels: ['Month'],
      yLabels: ['revenue', 'Change (%)'],
      series: ['Total revenue', 'Change vs previous month (%)'],
    });
  });

  it('keeps the literal words of a title built from numbers and f-string fields', () => {
    const facts = chartFacts(forecastCode, 'revenue_forecast.png');
    expect(facts.titles).toEqual(['Revenue: … months of history and a forecast of the next … months']);
    expect(facts.series).toEqual(['History', 'Forecast (…)', '95% confidence interval']);
    expect(facts.kinds).toEqual(['line', 'area']);
  });

  it('takes only the part of the code that drew the file when one call saves several charts', () => {
    const code = [
      'plt.figure()',
      'plt.bar(df["region"], df["revenue"], label="Revenue")',
      'plt.title("Revenue by region")',
      'plt.savefig("/mnt/data/by_region.png")',
      'plt.figure()',
      'plt.hist(df["units"], bins=20)',
      "plt.title('Units per order')",
      "plt.xlabel('Units')",
      "plt.savefig('/mnt/data/units.png')",
    ].join('\n');
    expect(chartFacts(code, 'by_region.png')).toEqual({ kinds: ['bar'], titles: ['Revenue by region'], xLabels: [], yLabels: [], series: ['Revenue'] });
    expect(chartFacts(code, 'units.png')).toEqual({ kinds: ['histogram'], titles: ['Units per order'], xLabels: ['Units'], yLabels: [], series: [] });
  });

  it('reads seaborn column names and hue, and lets set_xlabel win over the column', () => {
    const code = ['import seaborn as sns', 'ax = sns.lineplot(data=df, x="month", y="revenue", hue="region")', 'ax.set_xlabel("Month")', 'plt.suptitle("Revenue by region")', 'plt.savefig("trend.png")'].join('\n');
    expect(chartFacts(code, 'trend.png')).toEqual({ kinds: ['line'], titles: ['Revenue by region'], xLabels: ['Month'], yLabels: ['revenue'], series: ['by region'] });
  });

  it('reads plotly express titles, labels= renames, colour groups and update_layout axis titles', () => {
    const code = [
      'import plotly.express as px',
      'fig = px.bar(df, x="month", y="revenue", color="region", title="Monthly revenue", labels={"month": "Month", "revenue": "Revenue (USD)", "region": "Region"})',
      'fig.update_layout(yaxis_title="Revenue in USD")',
      'fig.write_image("/mnt/data/monthly.png")',
    ].join('\n');
    expect(chartFacts(code, 'monthly.png')).toEqual({ kinds: ['bar'], titles: ['Monthly revenue'], xLabels: ['Month'], yLabels: ['Revenue in USD'], series: ['by Region'] });
  });

  it('takes series names from legend entries and ignores a matplotlib colour', () => {
    const code = ['plt.plot(x, a, color="red")', 'plt.plot(x, b)', "plt.legend(['North', 'South'])", 'plt.ylabel("Units")'].join('\n');
    expect(chartFacts(code)).toEqual({ kinds: ['line'], titles: [], xLabels: [], yLabels: ['Units'], series: ['North', 'South'] });
  });

  it('reads the kind pandas is asked for and its title= keyword', () => {
    expect(chartFacts('ax = totals.plot(kind="bar", title="Revenue by region")\nplt.savefig("/mnt/data/r.png")', 'r.png')).toEqual({ kinds: ['bar'], titles: ['Revenue by region'], xLabels: [], yLabels: [], series: [] });
  });

  it('does not take bar_label labels= or a variable title for names', () => {
    const code = ['bars = ax.bar(names, totals)', 'ax.bar_label(bars, labels=[f"{v:,.0f}" for v in totals])', 'ax.set_title(title)'].join('\n');
    expect(chartFacts(code)).toEqual({ kinds: ['bar'], titles: [], xLabels: [], yLabels: [], series: [] });
  });
});

describe('describeChart', () => {
  it('says kind, title, axes and series in one sentence', () => {
    expect(describeChart({ code: trendCode }, { filename: 'monthly_revenue.png' })).toBe(
      'Line chart “Revenue per month”: Month on the x-axis, revenue and Change (%) on the y-axis; series: Total revenue, Change vs previous month (%).',
    );
  });

  it('is null for code that draws nothing it can name', () => {
    expect(describeChart({ code: 'from PIL import Image\nImage.new("RGB", (10, 10)).save("/mnt/data/x.png")' }, { filename: 'x.png' })).toBeNull();
    expect(chartSentence({ kinds: [], titles: [], xLabels: [], yLabels: [], series: [] })).toBeNull();
  });
});

describe('chartSentence', () => {
  it('names a histogram without "chart" and lists several kinds', () => {
    expect(chartSentence({ kinds: ['histogram'], titles: ['Distribution of units'], xLabels: ['units'], yLabels: ['Count'], series: [] })).toBe('Histogram “Distribution of units”: units on the x-axis, Count on the y-axis.');
    expect(chartSentence({ kinds: ['line', 'area'], titles: [], xLabels: [], yLabels: [], series: ['History'] })).toBe('Line and area chart; series: History.');
  });
});
