namespace FeudBot.Knowledge.Answers;

/// <summary>
/// One clause of a canonical sentence, [<paramref name="Start"/>, <paramref name="End"/>), with who acts in it:
/// <paramref name="Doers"/> (glossary ids) are the first person or company named in it and those joined to it by
/// "and" / 與 ("Musk and Altman co-founded"), found at <paramref name="DoerAt"/> (-1 when it names none or starts
/// with a pronoun); <paramref name="Carried"/> are the main clause's doers before it, which act in it when it has
/// no subject of its own and <paramref name="Carries"/> ("…, accusing them", 並指控, "and he accused").
/// </summary>
internal readonly record struct Clause(int Start, int End, int DoerAt, string[] Doers, string[] Carried, bool Carries);
