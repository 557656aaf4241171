/**
 * Writing and describing files: atomic writes that honour the user's umask and leave no temporary
 * file behind, and the reason of a file-system error in words.
 */
package io.iotad.core.files;
