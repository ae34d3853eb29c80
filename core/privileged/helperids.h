// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

/**
 * The names that tie the privileged helper together. The D-Bus names also appear in
 * packaging/org.kaleido.Kaleido.Helper.conf, the activation .service file (configured from these by CMake)
 * and helper/org.kaleido.Kaleido.Helper1.xml; tests/helper/tst_helperwiring checks that they all agree.
 */
namespace kaleido::privileged::ids {

inline constexpr char service[] = "org.kaleido.Kaleido.Helper";
inline constexpr char objectPath[] = "/org/kaleido/Kaleido/Helper";
inline constexpr char interface[] = "org.kaleido.Kaleido.Helper1";

/// Prefix of every polkit action id (see verbs.h for the full ids).
inline constexpr char actionPrefix[] = "org.kaleido.kaleido.";

/// D-Bus error names the helper replies with.
inline constexpr char errorInvalidArgument[] = "org.kaleido.Kaleido.Helper1.Error.InvalidArgument";
inline constexpr char errorNotAuthorized[] = "org.kaleido.Kaleido.Helper1.Error.NotAuthorized";
inline constexpr char errorFailed[] = "org.kaleido.Kaleido.Helper1.Error.Failed";

/// Seconds the helper stays after its last call when no stream is open.
inline constexpr int idleExitSeconds = 30;

} // namespace kaleido::privileged::ids
