namespace Portal.Web.Features.Organizations;

/// <summary>
/// The 9-digit CRA business number (BN9). Its last digit is a check digit computed with the Luhn
/// (mod 10) algorithm, like the social insurance number, so a typo in one digit is caught here.
/// </summary>
public static class BusinessNumber
{
    public const int Length = 9;

    /// <summary>Strips the spaces and dashes people type, keeps everything else so a bad character is still reported.</summary>
    public static string Normalize(string? input) =>
        new((input ?? string.Empty).Where(c => c != ' ' && c != '-').ToArray());

    public static BusinessNumberProblem? Validate(string? input)
    {
        var bn = Normalize(input);
        if (bn.Length == 0) return BusinessNumberProblem.Missing;
        if (!bn.All(char.IsAsciiDigit)) return BusinessNumberProblem.NotDigits;
        if (bn.Length != Length) return BusinessNumberProblem.WrongLength;
        if (bn.All(c => c == '0')) return BusinessNumberProblem.CheckDigit;
        return PassesLuhn(bn) ? null : BusinessNumberProblem.CheckDigit;
    }

    public static bool IsValid(string? input) => Validate(input) is null;

    internal static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}

public enum BusinessNumberProblem
{
    Missing,
    NotDigits,
    WrongLength,
    CheckDigit,
}
