/**
 * The {@code isolation_forest} strategy: Isolation Forest (Liu, Ting and Zhou 2008) with trees in
 * flat arrays, seeded per tree so scores do not depend on the thread count.
 */
package io.iotad.models.forest;
