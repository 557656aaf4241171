/**
 * The model registry SPI: groups, versions, approval states (PendingManualApproval, Approved, Rejected).
 */
package io.iotad.core.registry;
