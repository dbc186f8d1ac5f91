using Hub.Statistics.Disclosure;

namespace Disclosure.Bench;

/// <summary>
/// A synthetic follow-up table shaped like the real ones: people who started an intervention by county,
/// sex, age band, residence-permit ground and quarter. Counts are Poisson draws around a product of
/// plausible shares, so small counties and rare groups give the many cells under 5 that real tables have.
/// </summary>
internal static class SyntheticTable
{
    private static readonly (string Code, double Share)[] Counties =
    [
        ("01", 23.0), ("03", 3.9), ("04", 2.8), ("05", 4.5), ("06", 3.5), ("07", 2.0), ("08", 2.3), ("09", 0.6),
        ("10", 1.5), ("12", 13.4), ("13", 3.2), ("14", 17.2), ("17", 2.7), ("18", 2.9), ("19", 2.7), ("20", 2.8),
        ("21", 2.8), ("22", 2.4), ("23", 1.2), ("24", 2.6), ("25", 2.4),
    ];

    private static readonly (string Code, double Share)[] Sexes = [("F", 0.62), ("M", 0.38)];

    private static readonly (string Code, double Share)[] AgeBands =
        [("16-24", 0.14), ("25-34", 0.31), ("35-44", 0.26), ("45-54", 0.16), ("55-64", 0.10), ("65+", 0.03)];

    private static readonly (string Code, double Share)[] PermitGrounds =
        [("PROTECTION", 0.34), ("FAMILY", 0.38), ("WORK", 0.14), ("STUDIES", 0.04), ("OTHER", 0.10)];

    public static TableInput Create(int seed, double peoplePerQuarter)
    {
        var random = new Random(seed);
        var quarters = Enumerable.Range(0, 16).Select(q => ($"{2022 + q / 4}-Q{q % 4 + 1}", 1.0 + 0.03 * q)).ToArray();
        var dimensions = new[] { Counties, Sexes, AgeBands, PermitGrounds, quarters };
        var totals = dimensions.Select(d => d.Sum(c => c.Item2)).ToArray();
        var cells = new List<InnerCell>();
        foreach (var county in Counties)
        foreach (var sex in Sexes)
        foreach (var age in AgeBands)
        foreach (var permit in PermitGrounds)
        foreach (var quarter in quarters)
        {
            var share = county.Share / totals[0] * sex.Share / totals[1] * age.Share / totals[2]
                * permit.Share / totals[3] * quarter.Item2 / totals[4] * quarters.Length;
            // A county-specific mood per cell spreads counts beyond pure Poisson noise, as real data does.
            var mean = peoplePerQuarter * share * Math.Exp(0.5 * Normal(random));
            var count = Poisson(random, mean);
            var population = count + Poisson(random, mean * 6);
            cells.Add(new InnerCell([county.Code, sex.Code, age.Code, permit.Code, quarter.Item1], count, population));
        }
        return new TableInput(
        [
            new Dimension("COUNTY", [.. Counties.Select(c => c.Code)]),
            new Dimension("SEX", [.. Sexes.Select(c => c.Code)]),
            new Dimension("AGE_BAND", [.. AgeBands.Select(c => c.Code)]),
            new Dimension("PERMIT_GROUND", [.. PermitGrounds.Select(c => c.Code)]),
            new Dimension("PERIOD", [.. quarters.Select(q => q.Item1)]),
        ], cells);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static long Poisson(Random random, double mean)
    {
        if (mean > 40) return Math.Max(0, (long)Math.Round(mean + Math.Sqrt(mean) * Normal(random)));
        var limit = Math.Exp(-mean);
        var product = random.NextDouble();
        long count = 0;
        while (product > limit)
        {
            product *= random.NextDouble();
            count++;
        }
        return count;
    }
}
