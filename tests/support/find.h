#pragma once

// The child of `parent` named `name`, of type T. A test goes no further when it is missing:
// the program stops with the name, the type and the parent, rather than dereference null.

#include <QObject>
#include <QtGlobal>

namespace support {

template <typename T>
T *find(const QObject *parent, const char *name, const char *file = __builtin_FILE(),
        int line = __builtin_LINE())
{
    if (!parent)
        QMessageLogger(file, line, nullptr).fatal("find(\"%s\"): the parent is null", name);
    T *child = parent->findChild<T *>(QLatin1String(name));
    if (!child)
        QMessageLogger(file, line, nullptr)
            .fatal("find(\"%s\"): no child of that name and type %s under %s \"%s\"", name,
                   T::staticMetaObject.className(), parent->metaObject()->className(),
                   qPrintable(parent->objectName()));
    return child;
}

} // namespace support
