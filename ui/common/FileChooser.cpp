// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/FileChooser.h"

namespace stillpoint::ui {

FileChooser::~FileChooser() = default;

} // namespace stillpoint::ui
