#pragma once

#include <QByteArray>
#include <QString>

namespace rh::sandbox {

/// The pictures the sandbox serves, drawn on demand with QImage/QPainter. Text is only drawn when a
/// QGuiApplication exists (fonts need one); GUI-less tests still get a valid, deterministic PNG.

/// A size x size gradient whose colours follow seed, with the prompt written on it.
QByteArray drawOutputPng(const QString &prompt, const QString &seed, int size = 512);

/// An app cover: a calmer gradient with the app's name.
QByteArray drawCoverPng(const QString &title, int size);

} // namespace rh::sandbox
