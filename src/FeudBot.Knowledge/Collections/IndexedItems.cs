namespace FeudBot.Knowledge.Collections;

/// <summary>
/// The items of an <see cref="IReadOnlyList{T}"/> for <c>foreach</c>, read by index with a struct enumerator:
/// <c>foreach</c> over the interface itself boxes the list's enumerator, an allocation per loop, and the answer
/// path loops over the question's short lists many times per question.
/// </summary>
internal readonly struct IndexedItems<T>(IReadOnlyList<T> list)
{
    public Enumerator GetEnumerator() => new(list);

    /// <summary>Walks the list by index, first to last.</summary>
    public struct Enumerator(IReadOnlyList<T> list)
    {
        private int _index = -1;

        public readonly T Current => list[_index];

        public bool MoveNext() => ++_index < list.Count;
    }
}
