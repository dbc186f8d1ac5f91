using System.Text.Json.Nodes;
using Hub.GraphQL;
using Hub.Vocabularies;

namespace Hub.Statistics.Export;

/// <summary>
/// A dataset as a JSON-stat 2.0 dataset (the format of Statistics Sweden's API): dimensions with Swedish category
/// labels and the total as category _T, values in row-major order with null for suppressed cells, whose SDMX
/// confidentiality status (A primary, D secondary) is in `status`; the threshold in `extension.threshold`.
/// </summary>
public static class JsonStat
{
    public static JsonObject Write(DatasetCube cube, VocabularyCache.Snapshot vocabulary, string href)
    {
        var dataset = cube.Dataset;
        var dimension = new JsonObject();
        foreach (var d in cube.Dimensions)
        {
            var index = new JsonObject();
            var label = new JsonObject();
            for (var i = 0; i < d.Categories.Count; i++)
            {
                index[d.Categories[i]] = i;
                label[d.Categories[i]] = d.Labels[i].Sv;
            }
            dimension[d.Code] = new JsonObject { ["label"] = d.LabelSv, ["category"] = new JsonObject { ["index"] = index, ["label"] = label } };
        }

        var status = new JsonObject();
        var values = new JsonArray();
        var populations = new JsonArray();
        for (var i = 0; i < cube.Cells.Length; i++)
        {
            var cell = cube.Cells[i];
            values.Add(cell?.Count is { } count ? JsonValue.Create(count) : null);
            populations.Add(cell?.Population is { } population ? JsonValue.Create(population) : null);
            if (cell is not null && cell.Status.SdmxStatus() is { } code) status[i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = code;
        }

        var role = new JsonObject();
        if (dataset.Dimensions.Contains(PeriodCodes.Dimension)) role["time"] = new JsonArray(PeriodCodes.Dimension);
        if (dataset.Dimensions.Contains("COUNTY")) role["geo"] = new JsonArray("COUNTY");

        var json = new JsonObject
        {
            ["version"] = "2.0",
            ["class"] = "dataset",
            ["href"] = href,
            ["label"] = dataset.Title,
            ["source"] = cube.OwnerName,
            ["updated"] = dataset.UpdatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            ["id"] = new JsonArray([.. cube.Dimensions.Select(d => JsonValue.Create(d.Code))]),
            ["size"] = new JsonArray([.. cube.Dimensions.Select(d => JsonValue.Create(d.Categories.Count))]),
            ["dimension"] = dimension,
            ["value"] = values,
            ["status"] = status,
        };
        if (role.Count > 0) json["role"] = role;
        if (dataset.MethodNote is { } note) json["note"] = new JsonArray(note);
        json["extension"] = new JsonObject
        {
            ["threshold"] = dataset.SuppressionThreshold,
            ["id"] = GlobalId.Encode(StatisticsDatasetType.TypeName, dataset.Id),
            ["externalId"] = dataset.ExternalId,
            ["indicator"] = new JsonObject
            {
                ["code"] = dataset.IndicatorCode,
                ["label"] = vocabulary.Find(Schemes.Indicator, dataset.IndicatorCode)?.LabelSv ?? dataset.IndicatorCode,
            },
            ["unit"] = dataset.Unit,
            ["referencePeriod"] = dataset.ReferencePeriod,
            ["population"] = populations,
            ["statusCodes"] = new JsonObject
            {
                ["A"] = "Undertryckt: färre än tröskelvärdet (primär röjandekontroll).",
                ["D"] = "Undertryckt för att skydda en annan cell (sekundär röjandekontroll).",
            },
        };
        return json;
    }
}
