using System.Numerics;

namespace Hub.Statistics.Disclosure;

/// <summary>The Gaussian-elimination walk over the candidates (Statistics Norway's GaussSuppression method).</summary>
/// <remarks>
/// Two kernels are kept. The first guards the protected cells: a candidate is suppressed when publishing
/// it would make one of them a linear combination of published cells. The second treats the bounded
/// cells (primary inner cells at 1 or threshold-1) as if known; a candidate that is a combination of
/// published cells only with their help is suppressed too, because publishing it would tie bounded cells
/// together (1 + 1 published as 2 pins both). This keeps the bounded cells linearly independent modulo
/// the published space, so each can move inwards on its own and, with the attacker's bounds
/// 1..threshold-1, every suppressed cell keeps a range of feasible values rather than a single one.
/// </remarks>
internal static class SecondarySuppression
{
    /// <summary>Returns, per candidate, whether it must be secondarily suppressed.</summary>
    public static bool[] Find(SuppressionProblem problem)
    {
        // Exact arithmetic is the point. Coefficients stay small in practice, and small integers keep the rows
        // compact in memory; only when one overflows is the walk repeated with wider ones.
        try
        {
            return Walk<int>(problem);
        }
        catch (OverflowException)
        {
            try
            {
                return Walk<long>(problem);
            }
            catch (OverflowException)
            {
                return Walk<BigInteger>(problem);
            }
        }
    }

    private static bool[] Walk<T>(SuppressionProblem problem) where T : IBinaryInteger<T>
    {
        var suppressed = new bool[problem.Candidates.Length];
        if (problem.Protected.Length == 0 && problem.Bounded.Length == 0) return suppressed;

        var kernel = new KernelBasis<T>(problem.CoordinateCount, problem.Protected);
        var boundedKnown = problem.Bounded.Length > 0 ? new KernelBasis<T>(problem.CoordinateCount, []) : null;
        foreach (var relation in problem.KnownRelations)
        {
            if (kernel.Touch(relation)) kernel.Publish();
            if (boundedKnown?.Touch(relation) == true) boundedKnown.Publish();
        }
        foreach (var bounded in problem.Bounded)
        {
            if (boundedKnown!.Touch(bounded)) boundedKnown.Publish();
        }

        for (var i = 0; i < suppressed.Length; i++)
        {
            var candidate = problem.Candidates[i];
            if (!kernel.Touch(candidate)) continue;
            if (boundedKnown?.Touch(candidate) == false || kernel.WouldExpose())
            {
                suppressed[i] = true;
                continue;
            }
            kernel.Publish();
            boundedKnown?.Publish();
        }
        return suppressed;
    }
}
