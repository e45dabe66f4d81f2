namespace FeudBot.Knowledge.Collections;

/// <summary>Allocation-free enumeration of read-only lists (see <see cref="IndexedItems{T}"/>).</summary>
internal static class ReadOnlyListExtensions
{
    /// <summary>The list's items for <c>foreach</c> without boxing an enumerator.</summary>
    public static IndexedItems<T> Items<T>(this IReadOnlyList<T> list) => new(list);
}
