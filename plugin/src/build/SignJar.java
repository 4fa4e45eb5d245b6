// Signs the built plugin jar for Jira's app signature check (UPM 8, Jira 11): an Ed25519 signature over the jar's
// bytes, Base64-encoded, in a detached file next to the jar - what Atlassian's OpenSSL procedure produces
// (../shared/docs/jira-platform.md section 7.17; confluence.atlassian.com/upm/generating-app-signature-and-
// verification-certificate-using-openssl-1489470549.html, verified with
// "openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in app.jar -sigfile signature" per
// confluence.atlassian.com/upm/app-signing-troubleshooting-1489470589.html).
//
// Run by the plugin's build (exec-maven-plugin, package phase) as a single-file Java program:
//   java SignJar.java <jar> <signing-dir>
// <signing-dir> holds app-signing.key (PKCS#8 PEM, Ed25519, as "openssl genpkey -algorithm ed25519" writes it) and
// app-signing.crt (the X.509 certificate an administrator puts into UPM's trust store). When the directory has
// neither, a DEVELOPMENT key pair and self-signed certificate are generated there (with the JDK's keytool) and kept
// for later builds; a release build points -Dbackstop.signing.dir at the release key instead. See docs/jira.md.
//
// Writes <jar>.sig (Base64, one line, no line break) and <jar-dir>/backstop-jira-signing.crt (a copy of the
// certificate), and checks the signature against the certificate before it ends.

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

public class SignJar {

    static final String KEY = "app-signing.key";
    static final String CERTIFICATE = "app-signing.crt";
    static final String DEV_SUBJECT =
            "CN=Backstop DEVELOPMENT signing key - not for production, OU=Development builds, O=Backstop";

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: java SignJar.java <jar> <signing-dir>");
        }
        Path jar = Path.of(args[0]);
        Path dir = Path.of(args[1]).toAbsolutePath().normalize();
        Path key = dir.resolve(KEY);
        Path certificate = dir.resolve(CERTIFICATE);
        if (!Files.exists(key) && !Files.exists(certificate)) {
            generateDevelopmentKey(dir);
        } else if (!Files.exists(key) || !Files.exists(certificate)) {
            throw new IllegalStateException(dir + " must hold both " + KEY + " and " + CERTIFICATE);
        }
        PrivateKey privateKey = readPrivateKey(key);
        X509Certificate cert = readCertificate(certificate);

        byte[] content = Files.readAllBytes(jar);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(privateKey);
        signer.update(content);
        String signature = Base64.getEncoder().encodeToString(signer.sign());

        Path sig = jar.resolveSibling(jar.getFileName() + ".sig");
        Files.writeString(sig, signature, StandardCharsets.US_ASCII);
        Files.copy(certificate, jar.resolveSibling("backstop-jira-signing.crt"), StandardCopyOption.REPLACE_EXISTING);

        if (!verifies(cert.getPublicKey(), content, Files.readString(sig, StandardCharsets.US_ASCII))) {
            throw new IllegalStateException(KEY + " does not match " + CERTIFICATE + " in " + dir);
        }
        System.out.println("[sign] " + sig.getFileName() + ": Ed25519 signature by \""
                + cert.getSubjectX500Principal().getName() + "\" (certificate " + certificate + ")");
        if (cert.getSubjectX500Principal().getName().contains("DEVELOPMENT")) {
            System.out.println("[sign] This is a development key: trust its certificate only on test instances.");
        }
    }

    static boolean verifies(PublicKey key, byte[] content, String base64) throws Exception {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(content);
        return verifier.verify(Base64.getDecoder().decode(base64.trim()));
    }

    static PrivateKey readPrivateKey(Path pem) throws Exception {
        byte[] der = pemBody(Files.readString(pem, StandardCharsets.US_ASCII), "PRIVATE KEY");
        return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    static X509Certificate readCertificate(Path pem) throws Exception {
        try (var in = new ByteArrayInputStream(Files.readAllBytes(pem))) {
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            String algorithm = cert.getPublicKey().getAlgorithm();
            if (!algorithm.equals("Ed25519") && !algorithm.equals("EdDSA")) {
                throw new IllegalStateException(pem + " is not an Ed25519 certificate (" + algorithm + ")");
            }
            return cert;
        }
    }

    static byte[] pemBody(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("not a PEM " + type);
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }

    /** A development key pair and a self-signed certificate, valid ten years, made with the JDK's keytool. */
    static void generateDevelopmentKey(Path dir) throws Exception {
        Files.createDirectories(dir);
        Path store = dir.resolve("generating-" + UUID.randomUUID() + ".p12");
        String password = UUID.randomUUID().toString();
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", "backstop", "-keyalg", "Ed25519",
                "-dname", DEV_SUBJECT, "-validity", "3650", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", password, "-keypass", password, "-ext", "KeyUsage:critical=digitalSignature"))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(store)) {
                keys.load(in, password.toCharArray());
            }
            PrivateKey privateKey = (PrivateKey) keys.getKey("backstop", password.toCharArray());
            X509Certificate cert = (X509Certificate) keys.getCertificate("backstop");
            Path key = dir.resolve(KEY);
            Files.writeString(key, pem("PRIVATE KEY", privateKey.getEncoded()), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException | IOException ignored) {
                // not a POSIX file system: the directory's own permissions apply
            }
            Files.writeString(dir.resolve(CERTIFICATE), pem("CERTIFICATE", cert.getEncoded()),
                    StandardCharsets.US_ASCII);
            Files.writeString(dir.resolve("README.txt"), String.join("\n",
                    "DEVELOPMENT signing key for Backstop, generated by the build on this machine.",
                    "app-signing.key is its private key: it never leaves this directory (the directory is git-ignored).",
                    "app-signing.crt is the certificate to put into UPM's trust store on a TEST Jira instance only.",
                    "For a release, sign with the release key: mvn package -Dbackstop.signing.dir=<dir with the release",
                    "app-signing.key and app-signing.crt>. See docs/jira.md.", ""), StandardCharsets.US_ASCII);
            System.out.println("[sign] Generated a development signing key in " + dir);
        } finally {
            Files.deleteIfExists(store);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
