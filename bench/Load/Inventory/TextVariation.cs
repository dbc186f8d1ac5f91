namespace Hub.Bench.Inventory;

/// <summary>
/// Varies the demo prose so that search terms have realistic spreads: words of the demo texts are common,
/// a place name is rare (about one item in forty), a phrase of the pool sits in between.
/// </summary>
public static class TextVariation
{
    public static readonly string[] Places =
    [
        "Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro", "Linköping", "Helsingborg", "Jönköping", "Norrköping",
        "Lund", "Umeå", "Gävle", "Borås", "Södertälje", "Eskilstuna", "Halmstad", "Växjö", "Karlstad", "Sundsvall",
        "Östersund", "Trollhättan", "Luleå", "Borlänge", "Kristianstad", "Kalmar", "Skövde", "Falun", "Karlskrona", "Nyköping",
        "Botkyrka", "Haninge", "Huddinge", "Järfälla", "Kiruna", "Landskrona", "Mölndal", "Skellefteå", "Uddevalla", "Visby",
    ];

    private static readonly string[] Phrases =
    [
        "Materialet har tagits fram tillsammans med handläggare i regionen.",
        "Insatsen följs upp kvartalsvis med könsuppdelad statistik.",
        "Fokus ligger på kvinnor som står långt från arbetsmarknaden.",
        "Innehållet bygger på erfarenheter från samverkan med civilsamhället.",
        "Deltagarna får stöd av tolk vid behov.",
        "Upplägget har utvärderats av en extern part.",
        "Metoden prövas i en pilot med tre kommuner.",
        "Materialet finns även i lättläst version.",
        "Chefer och medarbetare genomför delarna tillsammans.",
        "Studiecirklar på modersmål kompletterar informationen.",
        "Verksamheten samordnas med sfi och samhällsorientering.",
        "Arbetsgivare i länet bjuds in till dialog.",
        "Särskild hänsyn tas till föräldralediga och personer med funktionsnedsättning.",
        "Kunskapen sprids vidare genom nätverk för jämställdhetsintegrering.",
        "Uppföljningen visar skillnader i tillgång mellan kvinnor och män.",
        "Utbildningen kan genomföras digitalt eller på plats.",
    ];

    public static string Title(string template, Random random) =>
        $"{template} – {Places[random.Next(Places.Length)]} {2019 + random.Next(7)}";

    public static string Description(string? template, Random random) =>
        $"{template} {Phrases[random.Next(Phrases.Length)]} {Phrases[random.Next(Phrases.Length)]}".Trim();
}
