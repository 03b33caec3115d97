# SPDX-License-Identifier: GPL-3.0-or-later
# One interface target carries the project's warnings, Qt string-safety defines and sanitizers;
# every Stillpoint target links it, nothing is set globally.
add_library(stillpoint_options INTERFACE)
target_compile_options(stillpoint_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual)
if(STILLPOINT_WERROR)
  target_compile_options(stillpoint_options INTERFACE -Werror)
endif()
target_compile_definitions(stillpoint_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER
  QT_NO_CAST_FROM_BYTEARRAY QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  STILLPOINT_VERSION="${PROJECT_VERSION}")
if(STILLPOINT_SANITIZE)
  target_compile_options(stillpoint_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                         -fno-sanitize-recover=undefined)
  target_link_options(stillpoint_options INTERFACE -fsanitize=address,undefined)
endif()

# core must stay free of GUI modules: fail the configure step if anything links one into it.
function(stillpoint_forbid_gui target)
  get_target_property(_libs ${target} LINK_LIBRARIES)
  foreach(_lib IN LISTS _libs)
    if(_lib MATCHES "Qt6?::(Gui|Widgets|Svg|SvgWidgets|PrintSupport|Charts|OpenGL|Quick|Qml)")
      message(FATAL_ERROR "${target} links ${_lib}: core must depend on Qt6::Core and Qt6::Sql only")
    endif()
  endforeach()
endfunction()
