using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Portal.Web.Localization;

namespace Portal.Web.Identity;

/// <summary>Identity's messages, in the reader's language.</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = l["Use at least {0} characters. A few unrelated words make a good passphrase.", length] };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = l["An account with this email address already exists. Sign in, or reset your password."] };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = l["An account with this email address already exists. Sign in, or reset your password."] };
    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = l["This link is invalid or has expired. Ask for a new one."] };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = l["Enter a valid email address."] };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = l["The current password is not correct."] };
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = l["Something went wrong. Please try again."] };
}
