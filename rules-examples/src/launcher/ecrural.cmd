@echo off
rem ecrural: runs the ecrural command line (ecrural.jar beside this script) with JVM options chosen
rem by subcommand and the class-data-sharing archive (ecrural.jsa) made by `mvn package`.
rem Java: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the PATH. Extra JVM
rem options: ECRURAL_JAVA_OPTS. Every argument is passed through; the exit code is the command's.
rem A missing, damaged or foreign archive is ignored silently: the command only starts slower.
setlocal
set "ECRURAL_DIR=%~dp0"
set "ECRURAL_JAR=%ECRURAL_DIR%ecrural.jar"
set "ECRURAL_JAVA=java"
if defined JAVA_HOME set "ECRURAL_JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%ECRURAL_JAR%" goto haveJar
>&2 echo ecrural: "%ECRURAL_JAR%" is missing; build it with: mvn -B -DskipTests package
exit /b 2
:haveJar

set "ECRURAL_OPTS=-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData"
set "ECRURAL_LONG="
if /i "%~1"=="serve" set "ECRURAL_OPTS="
if /i "%~1"=="generate" set "ECRURAL_OPTS="
if /i "%~1"=="evaluate" call :anyFolder %*
if /i "%~1"=="compare" call :anyFolder %*
rem a batch (a folder among the arguments): ParallelGC, a committed heap with a fixed young generation whose survivors go
rem straight to the old one, C2 for the hottest code only (see ecrural)
if defined ECRURAL_LONG set "ECRURAL_OPTS=-XX:+UseParallelGC -Xms704m -Xmx704m -XX:-UseAdaptiveSizePolicy -Xmn448m -XX:SurvivorRatio=32 -XX:MaxTenuringThreshold=0 -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000 -XX:MaxInlineLevel=6 -XX:InlineSmallCode=1000 -XX:MaxInlineSize=20 -XX:-UsePerfData"

rem no parenthesised blocks around the commands: a ")" in a path or an argument would end them
if not exist "%ECRURAL_DIR%ecrural.jsa" goto noArchive
"%ECRURAL_JAVA%" -Xshare:auto -Xlog:cds=off,cds+dynamic=off "-XX:SharedArchiveFile=%ECRURAL_DIR%ecrural.jsa" %ECRURAL_OPTS% %ECRURAL_JAVA_OPTS% -jar "%ECRURAL_JAR%" %*
exit /b %ERRORLEVEL%
:noArchive
"%ECRURAL_JAVA%" %ECRURAL_OPTS% %ECRURAL_JAVA_OPTS% -jar "%ECRURAL_JAR%" %*
exit /b %ERRORLEVEL%

:anyFolder
if "%~1"=="" exit /b 0
if exist "%~1\*" set "ECRURAL_LONG=1"
shift
goto anyFolder
