#include "smtpserversession.h"
