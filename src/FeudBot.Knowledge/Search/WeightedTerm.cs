namespace FeudBot.Knowledge.Search;

/// <summary>An analyzed query term and its weight (1 for the question's own words, less for expansions).</summary>
public readonly record struct WeightedTerm(string Term, float Weight);
