# Builds the Windows app-image, .msi and .exe of Zhibiao into target\installer\, on Windows.
#   powershell -ExecutionPolicy Bypass -File installer\windows.ps1          msi and exe
# The runtime carries the JDK's own class-data archive (jlink --generate-cds-archive); an AppCDS
# archive of the app's classes gained less than the 20 % that would pay for its size (BENCHMARKS.md).
# Needs a JDK 17+ with jpackage (set JPACKAGE_JDK or JAVA_HOME), Maven on PATH, and the WiX
# Toolset (3.x: candle.exe and light.exe on PATH; or WiX 4+ with JDK 24+).
$ErrorActionPreference = 'Stop'

$Root = Split-Path -Parent $PSScriptRoot
$Out = Join-Path $Root 'target\installer'
$Name = 'Zhibiao'
$Vendor = 'Zhibiao'
$Description = 'Quality target-indicator monitor'
$MainClass = 'org.zhibiao.Launcher'
$BaseModules = 'java.desktop,java.sql,java.logging,java.naming,java.xml,java.scripting,jdk.localedata,' +
    'jdk.charsets,jdk.unsupported,jdk.unsupported.desktop,jdk.crypto.ec,jdk.zipfs'
# Fixed, so a newer installer replaces an older one instead of installing beside it.
$UpgradeUuid = '5b0f3c1e-8e4a-4d7e-9a35-2f1c7d0b6a41'

function Log($text) { Write-Host "== $text" }

function Invoke-Tool {
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe failed with exit code $LASTEXITCODE" }
}

function Get-Feature($jdk) {
    $line = Get-Content (Join-Path $jdk 'release') | Where-Object { $_ -like 'JAVA_VERSION=*' }
    return [int]($line -replace 'JAVA_VERSION="(\d+).*', '$1')
}

$Jdk = if ($env:JPACKAGE_JDK) { $env:JPACKAGE_JDK } else { $env:JAVA_HOME }
if (-not $Jdk -or -not (Test-Path (Join-Path $Jdk 'bin\jpackage.exe'))) {
    throw 'Set JPACKAGE_JDK or JAVA_HOME to a JDK 17+ that has jpackage.'
}
$Feature = Get-Feature $Jdk
$Bin = Join-Path $Jdk 'bin'
$Version = ((Select-Xml -Path (Join-Path $Root 'pom.xml') -Namespace @{m = 'http://maven.apache.org/POM/4.0.0'} `
    -XPath '/m:project/m:version').Node.InnerText) -replace '-SNAPSHOT$', ''
Log "JDK $Jdk (feature $Feature), version $Version"

Set-Location $Root
Log 'building target\zhibiao.jar'
# target\lib is emptied first: a jar left from an older dependency version would be packaged too.
Remove-Item -Recurse -Force (Join-Path $Root 'target\lib') -ErrorAction SilentlyContinue
Invoke-Tool 'mvn' @('-B', '-q', '-DskipTests', 'package')

Log 'finding the JDK modules'
$Jars = Join-Path $Out 'jdeps-jars'
Remove-Item -Recurse -Force $Jars -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force $Jars | Out-Null
Copy-Item (Join-Path $Root 'target\zhibiao.jar'), (Join-Path $Root 'target\lib\*.jar') $Jars
$Found = & (Join-Path $Bin 'jdeps.exe') --print-module-deps --ignore-missing-deps --multi-release 17 `
    --module-path $Jars --add-modules ALL-MODULE-PATH | Select-Object -Last 1
if ($Found -notmatch '^java\.') { throw "jdeps: $Found" }
$Modules = (("$BaseModules,$Found" -split ',') | Where-Object { $_ -match '^(java|jdk)\.' } |
    Sort-Object -Unique) -join ','

Log "linking runtime: $Modules"
$Runtime = Join-Path $Out 'runtime'
Remove-Item -Recurse -Force $Runtime -ErrorAction SilentlyContinue
Invoke-Tool (Join-Path $Bin 'jlink.exe') @('--add-modules', $Modules, '--strip-debug', '--no-header-files',
    '--no-man-pages', '--include-locales=en,zh', '--compress=zip-9', '--generate-cds-archive', '--output', $Runtime)

Log 'input folder with sqlite-jdbc''s native library extracted'
$InputDir = Join-Path $Out 'input'
Remove-Item -Recurse -Force $InputDir -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force (Join-Path $InputDir 'lib'), (Join-Path $InputDir 'native') | Out-Null
Copy-Item (Join-Path $Root 'target\zhibiao.jar') $InputDir
Copy-Item (Join-Path $Root 'target\lib\*.jar') (Join-Path $InputDir 'lib')
$SqliteJar = Get-ChildItem (Join-Path $InputDir 'lib\sqlite-jdbc-*.jar') | Select-Object -First 1
Add-Type -AssemblyName System.IO.Compression.FileSystem
$Zip = [System.IO.Compression.ZipFile]::OpenRead($SqliteJar.FullName)
try {
    $Entry = $Zip.GetEntry('org/sqlite/native/Windows/x86_64/sqlitejdbc.dll')
    [System.IO.Compression.ZipFileExtensions]::ExtractToFile($Entry, (Join-Path $InputDir 'native\sqlitejdbc.dll'), $true)
} finally { $Zip.Dispose() }

$JavaOptions = '-Dorg.sqlite.lib.path=$APPDIR\native -Dorg.sqlite.lib.name=sqlitejdbc.dll'
if ($Feature -ge 24) { $JavaOptions += ' --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow' }

# A second launcher with a console window runs the command line: the main one is a GUI program
# and has no console to print to.
$CliProps = Join-Path $Out 'zhibiao-cli.properties'
Set-Content -Encoding ascii $CliProps "win-console=true`r`ndescription=Zhibiao command line"

Log 'app-image'
$ImageDir = Join-Path $Out 'image'
Remove-Item -Recurse -Force $ImageDir -ErrorAction SilentlyContinue
Invoke-Tool (Join-Path $Bin 'jpackage.exe') @('--type', 'app-image', '--dest', $ImageDir, '--name', $Name,
    '--app-version', $Version, '--vendor', $Vendor, '--description', $Description,
    '--input', $InputDir, '--main-jar', 'zhibiao.jar', '--main-class', $MainClass,
    '--runtime-image', $Runtime, '--icon', 'icons\zhibiao.ico', '--java-options', $JavaOptions,
    '--add-launcher', "zhibiao-cli=$CliProps")
$App = Join-Path $ImageDir $Name

foreach ($Type in 'msi', 'exe') {
    Log ".$Type"
    $Dest = Join-Path $Out $Type
    Remove-Item -Recurse -Force $Dest -ErrorAction SilentlyContinue
    Invoke-Tool (Join-Path $Bin 'jpackage.exe') @('--type', $Type, '--dest', $Dest, '--app-image', $App,
        '--name', $Name, '--app-version', $Version, '--vendor', $Vendor, '--description', $Description,
        '--icon', 'icons\zhibiao.ico', '--win-per-user-install', '--win-menu', '--win-menu-group', $Name,
        '--win-shortcut', '--win-dir-chooser', '--win-upgrade-uuid', $UpgradeUuid,
        '--file-associations', 'installer\associations\snapshot-windows.properties')
}
Log "done: $App, $(Get-ChildItem (Join-Path $Out 'msi\*.msi')), $(Get-ChildItem (Join-Path $Out 'exe\*.exe'))"
