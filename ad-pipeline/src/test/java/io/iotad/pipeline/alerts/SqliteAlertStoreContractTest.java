package io.iotad.pipeline.alerts;

import io.iotad.core.alert.AlertStore;
import io.iotad.pipeline.contract.AlertStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The AlertStore contract on SQLite files: each name is a database file, each handle its own connection. */
class SqliteAlertStoreContractTest extends AlertStoreContract {
    @TempDir
    Path dir;

    @Override
    protected AlertStore open(String name) {
        return SqliteAlertStore.open(dir.resolve(name + ".db"));
    }
}
