using Hub.Tests.Infrastructure;

namespace Hub.Tests.Auth;

/// <summary>
/// A Hub that trusts two identity providers of the tests' own: Arbetsförmedlingen's (ES256, PEM key, bound to
/// AF and to GHOST, a code the Hub does not know) and Försäkringskassan's (RS256, JWKS file, bound to FK).
/// </summary>
public sealed class TrustedIssuersHub : HubFactory
{
    public TrustedIssuersHub()
    {
        ArbetsformedlingenIdp = TestIssuer.Es256("https://login.arbetsformedlingen.test/hub").TrustedBy(this, "AF", "GHOST");
        ForsakringskassanIdp = TestIssuer.Rs256("https://idp.forsakringskassan.test").TrustedByJwksFile(this, "FK");
    }

    public TestIssuer ArbetsformedlingenIdp { get; }

    public TestIssuer ForsakringskassanIdp { get; }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        ArbetsformedlingenIdp.Dispose();
        ForsakringskassanIdp.Dispose();
    }
}
