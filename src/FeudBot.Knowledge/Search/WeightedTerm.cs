namespace FeudBot.Knowledge.Search;

/// <summary>
/// An analyzed query term and its weight (1 for the question's own words, less for names and expansions).
/// Terms of one <see cref="Concept"/> (a question word and its synonyms) compete: only the best
/// <see cref="Alternative"/> of a concept counts, so a sentence is not rewarded twice for one idea.
/// </summary>
public readonly record struct WeightedTerm(string Term, float Weight, int Concept = 0, int Alternative = 0);
