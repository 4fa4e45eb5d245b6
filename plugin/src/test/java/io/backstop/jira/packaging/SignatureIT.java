package io.backstop.jira.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The jar is signed as Jira 11's app signature check expects: an Ed25519 signature of the jar's bytes, Base64, in
 * a detached file, verifiable with the certificate an administrator puts into UPM's trust store.
 */
class SignatureIT {

    private static Path signature() {
        return Path.of(System.getProperty("bundle.signature"));
    }

    private static Path certificate() {
        return Path.of(System.getProperty("bundle.certificate"));
    }

    private static X509Certificate cert() throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(certificate())));
    }

    private static boolean verifies(byte[] content) throws Exception {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(cert().getPublicKey());
        verifier.update(content);
        return verifier.verify(Base64.getDecoder().decode(Files.readString(signature(), StandardCharsets.US_ASCII)));
    }

    @Test
    void theSignatureIsAnEd25519SignatureOfTheWholeJarInBase64() throws Exception {
        String text = Files.readString(signature(), StandardCharsets.US_ASCII);
        assertThat(text).matches("[A-Za-z0-9+/]+={0,2}");
        assertThat(Base64.getDecoder().decode(text)).hasSize(64);
        assertThat(cert().getPublicKey().getAlgorithm()).isIn("Ed25519", "EdDSA");
        assertThat(verifies(Files.readAllBytes(BuiltJar.path()))).isTrue();
    }

    @Test
    void aChangedJarNoLongerVerifies() throws Exception {
        byte[] changed = Files.readAllBytes(BuiltJar.path());
        changed[changed.length / 2] ^= 1;
        assertThat(verifies(changed)).isFalse();
    }

    @Test
    void theCertificateIsValidNow() throws Exception {
        cert().checkValidity();
    }

    /** The check Atlassian's troubleshooting page gives, when OpenSSL 3 is installed. */
    @Test
    void openSslVerifiesItAsAtlassianDocumentsIt() throws Exception {
        Path dir = Files.createTempDirectory("openssl");
        Path publicKey = dir.resolve("public_key.pem");
        Path rawSignature = dir.resolve("signature.bin");
        Process extract;
        try {
            extract = new ProcessBuilder("openssl", "x509", "-in", certificate().toString(), "-noout", "-pubkey")
                    .redirectOutput(publicKey.toFile()).redirectErrorStream(false).start();
        } catch (java.io.IOException noOpenSsl) {
            assumeTrue(false, "openssl is not installed");
            return;
        }
        assertThat(extract.waitFor(30, TimeUnit.SECONDS) && extract.exitValue() == 0).isTrue();
        Files.write(rawSignature, Base64.getDecoder().decode(Files.readString(signature(), StandardCharsets.US_ASCII)));
        Process verify = new ProcessBuilder("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", publicKey.toString(),
                "-rawin", "-in", BuiltJar.path().toString(), "-sigfile", rawSignature.toString())
                .redirectErrorStream(true).start();
        String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(verify.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(verify.exitValue()).as(output).isZero();
        assertThat(output).contains("Signature Verified Successfully");
    }
}
