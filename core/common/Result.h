// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace stillpoint::core {

// What kind of failure a core operation met; the UI and CLI decide how to show it from this.
enum class ErrorCode {
    InvalidInput, // the user's data breaks a rule; `field` names which
    NotFound,
    Conflict, // someone else changed the record first (row_version mismatch), or a duplicate
    NotADatabase, // the file is not a Stillpoint database
    TooNew, // the file comes from a newer Stillpoint
    Io, // file system: permissions, missing folder, full disk
    Storage, // the database engine failed
    Denied, // the signed-in user may not do this
};

// A failure with a message a person can act on. `field` is a stable key of the input that caused it
// (for example "email"), empty when the failure is not about one field.
struct Error
{
    ErrorCode code = ErrorCode::Storage;
    QString message;
    QString field;
};

// Either a value or an Error. Deliberately small: core returns this instead of bool + qWarning.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    // By value, so `for (x : f().value())` does not refer into a destroyed temporary.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result of an operation that returns nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) { }
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message, QString field = {})
{
    return Error{ code, std::move(message), std::move(field) };
}

} // namespace stillpoint::core
