package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server beyond loopback without a configured token makes one at its first start, keeps it in
 * a file of its owner's alone, and takes the same one at every later start.
 */
class TokenFileTest {

    @TempDir
    Path dir;

    @Test
    void the_first_start_makes_the_file_and_later_ones_read_it() throws IOException {
        Path file = dir.resolve("config/entente/token");
        TokenFile.Token first = TokenFile.readOrCreate(file);
        assertThat(first.created()).isTrue();
        assertThat(first.value()).matches("[0-9a-f]{48}");
        assertThat(Files.readString(file)).isEqualTo(first.value() + "\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        TokenFile.Token again = TokenFile.readOrCreate(file);
        assertThat(again.created()).isFalse();
        assertThat(again.value()).isEqualTo(first.value());
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);   // no temporary file left beside it
        }
    }

    @Test
    void a_token_file_of_another_user_is_refused() throws IOException {
        Path file = dir.resolve("theirs");
        Files.writeString(file, "0123456789abcdef0123\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        java.nio.file.attribute.UserPrincipal nobody;
        try {
            nobody = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(file, nobody);   // only root may give a file away
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("cannot give a file to another user here: " + e);
            return;
        }
        assertThatThrownBy(() -> TokenFile.readOrCreate(file)).isInstanceOf(TokenFile.TokenFileException.class)
                .hasMessageStartingWith("the token file " + file + " belongs to nobody, not to " + System.getProperty("user.name"));
    }

    @Test
    void a_folder_where_the_token_file_should_be_is_named_as_a_folder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("token"));
        assertThatThrownBy(() -> TokenFile.readOrCreate(folder)).isInstanceOf(TokenFile.TokenFileException.class)
                .hasMessage("the token file " + folder + " is a folder; move it away, so that the token can be kept there, "
                        + "or set ENTENTE_TOKEN");
    }

    @Test
    void a_file_open_to_others_or_holding_no_token_is_refused_saying_what_to_do() throws IOException {
        Path file = dir.resolve("token");
        Files.writeString(file, "0123456789abcdef0123\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> TokenFile.readOrCreate(file)).isInstanceOf(TokenFile.TokenFileException.class)
                .hasMessage("the token file " + file + " can be read or changed by other users (rw-r--r--); make it yours "
                        + "alone (chmod 600 " + file + "), or delete it to have a new token made at the next start");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(TokenFile.readOrCreate(file).value()).isEqualTo("0123456789abcdef0123");
        // only others' access counts: the owner's own execute bit, or no write bit, opens nothing to anyone
        for (String mine : new String[] {"rwx------", "r--------", "r-x------"}) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mine));
            assertThat(TokenFile.readOrCreate(file).value()).as(mine).isEqualTo("0123456789abcdef0123");
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(file, "short\n");
        assertThatThrownBy(() -> TokenFile.readOrCreate(file)).hasMessageStartingWith("the token file " + file
                + " holds no token").hasMessageEndingWith("delete it to have a new token made at the next start, or set "
                + "ENTENTE_TOKEN");
        assertThat(Files.readString(file)).isEqualTo("short\n");   // left for the user to look at
    }

    @Test
    void a_token_that_cannot_be_saved_is_refused_naming_the_file() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("config"), "a file where a folder should be");
        Path file = notAFolder.resolve("entente/token");
        assertThatThrownBy(() -> TokenFile.readOrCreate(file)).isInstanceOf(TokenFile.TokenFileException.class)
                .hasMessageStartingWith("cannot save the new write token in " + file + " (" + notAFolder + " is a file, not a folder)")
                .hasMessageEndingWith("set XDG_CONFIG_HOME to a folder you can write to, or set ENTENTE_TOKEN")
                .satisfies(e -> assertThat(((TokenFile.TokenFileException) e).badInput()).isTrue());
    }

    @Test
    void a_server_beyond_loopback_keeps_its_token_across_a_restart() {
        Path file = dir.resolve("entente/token");
        Path cases = dir.resolve("cases");
        Served.copy(Served.BUILT_IN, cases);
        ServerOptions options = Served.inside(new ServerOptions("0.0.0.0", 0, cases, Optional.empty())).withTokenFile(file);
        String token;
        try (EntenteServer first = EntenteServer.start(options)) {
            assertThat(first.tokenGenerated()).isTrue();
            assertThat(first.tokenFile()).contains(file);
            token = first.token().orElseThrow();
        }
        try (EntenteServer second = EntenteServer.start(options)) {
            assertThat(second.tokenGenerated()).isFalse();
            assertThat(second.tokenFile()).contains(file);
            assertThat(second.token()).contains(token);
        }
    }

    @Test
    void a_configured_token_wins_and_a_failed_start_keeps_no_token() throws IOException {
        Path file = dir.resolve("entente/token");
        Path cases = dir.resolve("cases");
        Served.copy(Served.BUILT_IN, cases);
        ServerOptions configured = Served.inside(new ServerOptions("0.0.0.0", 0, cases,
                Optional.of("a-configured-token-of-length"))).withTokenFile(file);
        try (EntenteServer s = EntenteServer.start(configured)) {
            assertThat(s.token()).contains("a-configured-token-of-length");
            assertThat(s.tokenFile()).isEmpty();
        }
        assertThat(file).doesNotExist();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            ServerOptions busy = Served.inside(new ServerOptions("0.0.0.0", taken.getLocalPort(), cases, Optional.empty()))
                    .withTokenFile(file);
            assertThatThrownBy(() -> EntenteServer.start(busy)).isInstanceOf(RuntimeException.class);
        }
        assertThat(file).doesNotExist();   // a token nobody was shown is not kept
    }
}
