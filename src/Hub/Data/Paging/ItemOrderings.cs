using Hub.Access;

namespace Hub.Data.Paging;

public enum ItemOrderField
{
    [System.ComponentModel.Description("By title (binary order of the text: A–Z, then Å, Ä, Ö).")]
    Title,
    [System.ComponentModel.Description("By when the item last changed.")]
    UpdatedAt,
}

/// <summary>The orderings every inventory list offers; built once per item type (key expressions compile once).</summary>
public static class ItemOrderings<T> where T : class, IOwnedItem
{
    private static readonly Ordering<T> TitleAsc = new Ordering<T, string>("TITLE", x => x.Title);
    private static readonly Ordering<T> TitleDesc = new Ordering<T, string>("TITLE_DESC", x => x.Title, descending: true);
    private static readonly Ordering<T> UpdatedAsc = new Ordering<T, DateTimeOffset>("UPDATED_AT", x => x.UpdatedAt);
    private static readonly Ordering<T> UpdatedDesc = new Ordering<T, DateTimeOffset>("UPDATED_AT_DESC", x => x.UpdatedAt, descending: true);

    public static Ordering<T> Default => TitleAsc;

    public static Ordering<T> For(ItemOrderField field, bool descending) => (field, descending) switch
    {
        (ItemOrderField.UpdatedAt, false) => UpdatedAsc,
        (ItemOrderField.UpdatedAt, true) => UpdatedDesc,
        (_, true) => TitleDesc,
        _ => TitleAsc,
    };
}
