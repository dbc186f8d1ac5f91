using Hub.Access;
using Hub.Data;
using Hub.GraphQL;
using Hub.Interventions;
using Hub.Materials;
using Hub.Statistics;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Auth;

/// <summary>
/// A Hub with, besides the demo data, one intervention, one material and one dataset of each visibility, all
/// owned by Migrationsverket, each titled with the word <see cref="Word"/> and its kind and visibility.
/// </summary>
public sealed class VisibilityHub : HubFactory, IAsyncLifetime
{
    public const string Word = "synlighetsprov";
    public const string Owner = "MIGR";
    public const string ContactEmail = "kontakt.synlighetsprov@migrationsverket.test";
    public const string ContactPhone = "+46 10 485 00 00";

    public static readonly Visibility[] Visibilities = Enum.GetValues<Visibility>();
    public static readonly string[] Kinds = [MaterialType.TypeName, InterventionType.TypeName, StatisticsDatasetType.TypeName];

    /// <summary>The global id of each item, by kind and visibility.</summary>
    public Dictionary<(string Kind, Visibility Visibility), string> Ids { get; } = [];

    public static string Title(string kind, Visibility visibility) => $"{Word} {kind} {visibility.ToString().ToUpperInvariant()}";

    public async Task InitializeAsync()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var owner = await db.Organisations.SingleAsync(o => o.Code == Owner);
        var now = DateTimeOffset.UtcNow;
        var created = new List<(string Kind, Visibility Visibility, IOwnedItem Item)>();
        foreach (var visibility in Visibilities)
        {
            var material = new CompetenceMaterial
            {
                OwnerId = owner.Id, Title = Title(MaterialType.TypeName, visibility), FormatCode = "GUIDE", Visibility = visibility,
                ContactName = "Kontakt Synlighetsprov", ContactEmail = ContactEmail, ContactPhone = ContactPhone,
                CreatedAt = now, UpdatedAt = now,
            };
            var intervention = new Intervention
            {
                OwnerId = owner.Id, Title = Title(InterventionType.TypeName, visibility), KindCode = "INTERVENTION", Visibility = visibility,
                CreatedAt = now, UpdatedAt = now,
            };
            var dataset = new StatisticsDataset
            {
                OwnerId = owner.Id, Title = Title(StatisticsDatasetType.TypeName, visibility), IndicatorCode = "PARTICIPANTS", Unit = "persons",
                ReferencePeriod = "2024", DimensionCodes = "SEX", Visibility = visibility, CreatedAt = now, UpdatedAt = now,
            };
            db.AddRange(material, intervention, dataset);
            created.AddRange([(MaterialType.TypeName, visibility, material), (InterventionType.TypeName, visibility, intervention),
                (StatisticsDatasetType.TypeName, visibility, dataset)]);
        }
        await db.SaveChangesAsync();
        foreach (var (kind, visibility, item) in created) Ids[(kind, visibility)] = GlobalId.Encode(kind, item.Id);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
