namespace Hub.Bench.Inventory;

/// <summary>How much to generate.</summary>
public sealed record InventorySize(int Materials, int Interventions, int Organisations, int Datasets)
{
    public string Key => $"m{Materials}-i{Interventions}-o{Organisations}-d{Datasets}";

    public override string ToString() =>
        $"{Materials:N0} materials, {Interventions:N0} interventions, {Organisations} organisations, {Datasets} datasets";
}

/// <summary>What was generated, counted in the database afterwards.</summary>
public sealed record InventoryCounts(int Materials, int MaterialCodes, int Interventions, int InterventionCodes, int Partners,
    int Organisations, int Datasets, int Cells, int SearchRows, TimeSpan Took);
