namespace FeudBot.Knowledge.Search;

/// <summary>
/// A score per document that remembers which documents it touched, so a search clears and visits only
/// those (a question's terms touch a few dozen of the index's sentences) instead of every document per term.
/// </summary>
internal sealed class Scratch(int documents)
{
    private readonly bool[] _seen = new bool[documents];

    public float[] Scores { get; } = new float[documents];

    /// <summary>The documents touched since the last <see cref="Reset"/>, in the order first touched.</summary>
    public List<int> Touched { get; } = [];

    public void Add(int doc, float value)
    {
        Mark(doc);
        Scores[doc] += value;
    }

    public void Max(int doc, float value)
    {
        Mark(doc);
        Scores[doc] = Math.Max(Scores[doc], value);
    }

    /// <summary>Back to all zero.</summary>
    public void Reset()
    {
        foreach (var d in Touched)
        {
            Scores[d] = 0;
            _seen[d] = false;
        }
        Touched.Clear();
    }

    private void Mark(int doc)
    {
        if (_seen[doc]) return;
        _seen[doc] = true;
        Touched.Add(doc);
    }
}
