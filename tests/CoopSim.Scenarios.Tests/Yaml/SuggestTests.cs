using CoopSim.Scenarios.Yaml;

namespace CoopSim.Scenarios.Tests.Yaml;

public sealed class SuggestTests
{
    private static readonly (string Name, string Id)[] Countries =
        [("KR", "KR"), ("Republic of Korea", "KR"), ("UZ", "UZ"), ("Uzbekistan", "UZ"), ("CN", "CN"), ("China", "CN"), ("HK", "HK"), ("Hong Kong, China", "HK")];

    [Theory]
    [InlineData("Korea", "KR")]
    [InlineData("korea", "KR")]
    [InlineData("Uzbekistn", "UZ")]
    [InlineData("China", "CN")]
    public void DidYouMean_CountryByNameOrPartOfIt_OffersItsCode(string word, string code) =>
        Assert.Equal($"; did you mean '{code}'?", Suggest.DidYouMean(word, Countries));

    [Fact]
    public void DidYouMean_WordOfNoName_OffersNothing() => Assert.Equal(string.Empty, Suggest.DidYouMean("Atlantis", Countries));

    [Fact]
    public void Closest_TwoLetterCodeFarFromEveryCode_OffersNothing() => Assert.Null(Suggest.Closest("ZZ", ["AA", "KR", "VN"]));

    [Fact]
    public void Closest_TwoLetterCodeOneLetterOff_OffersIt() => Assert.Equal("KR", Suggest.Closest("KZ", ["AA", "KR", "VN"]));
}
