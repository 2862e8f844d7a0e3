namespace Portal.Web.Features.Organizations;

/// <summary>The 13 provinces and territories of Canada, by their Canada Post abbreviation.</summary>
public enum Province
{
    AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK, YT,
}

public static class Provinces
{
    /// <summary>The four Atlantic provinces, where AIP designation applies (IRCC, Atlantic Immigration Program: employer designation, endorsement and Annex A).</summary>
    public static readonly IReadOnlySet<Province> Atlantic = new HashSet<Province> { Province.NB, Province.NS, Province.PE, Province.NL };

    public static string DisplayNameKey(Province p) => p switch
    {
        Province.AB => "Alberta",
        Province.BC => "British Columbia",
        Province.MB => "Manitoba",
        Province.NB => "New Brunswick",
        Province.NL => "Newfoundland and Labrador",
        Province.NS => "Nova Scotia",
        Province.NT => "Northwest Territories",
        Province.NU => "Nunavut",
        Province.ON => "Ontario",
        Province.PE => "Prince Edward Island",
        Province.QC => "Quebec",
        Province.SK => "Saskatchewan",
        Province.YT => "Yukon",
        _ => p.ToString(),
    };
}
